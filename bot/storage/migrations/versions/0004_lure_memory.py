"""The lure memory: confirmed real lures (text, embedding as bytes, language, source, confirmed date) and the
memory-version counter that every replica reads to know when to reload it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "lure_memory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=True),
        sa.Column("model", sa.String(64), nullable=True),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("source_kind", sa.String(20), nullable=False),
        sa.Column("source_ref", sa.String(200), nullable=False),
        sa.Column("confirmed", sa.Date(), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_lure_memory"),
        sa.UniqueConstraint("text_hash", name="uq_lure_memory_text_hash"),
    )
    op.create_index("ix_lure_memory_source", "lure_memory", ["source_kind", "source_ref"])
    version = op.create_table(
        "memory_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memory_version"),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0}])


def downgrade() -> None:
    op.drop_table("memory_version")
    op.drop_index("ix_lure_memory_source", table_name="lure_memory")
    op.drop_table("lure_memory")

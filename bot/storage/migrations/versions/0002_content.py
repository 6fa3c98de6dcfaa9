"""Warnings (versioned texts), hotlines, the content-version counter, meta, pending admin changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("destinations", sa.JSON(), nullable=False),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("source_date", sa.String(40), nullable=False),
        sa.Column("original_lang", sa.String(8), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("group_name", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("seed_hash", sa.String(64), nullable=True),
        sa.Column("updated", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_warnings"),
        sa.UniqueConstraint("key", name="uq_warnings_key"),
    )
    op.create_index("ix_warnings_country", "warnings", ["country"])

    op.create_table(
        "warning_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warning_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["warning_id"], ["warnings.id"], name="fk_warning_texts_warning_id_warnings",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_warning_texts"),
        sa.UniqueConstraint("warning_id", "lang", "version", name="uq_warning_texts_warning_id"),
    )
    op.create_index("uq_warning_texts_active", "warning_texts", ["warning_id", "lang"], unique=True,
                    sqlite_where=sa.text("active"), postgresql_where=sa.text("active"))

    op.create_table(
        "hotlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("serves", sa.JSON(), nullable=False),
        sa.Column("contact", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("phone_region", sa.String(8), nullable=True),
        sa.Column("situations", sa.JSON(), nullable=False),
        sa.Column("destinations", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.String(16), nullable=False),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("source_date", sa.String(40), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("seed_hash", sa.String(64), nullable=True),
        sa.Column("updated", TS, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_hotlines"),
        sa.UniqueConstraint("slug", name="uq_hotlines_slug"),
    )
    op.create_index("ix_hotlines_country", "hotlines", ["country"])

    version = op.create_table(
        "content_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_content_version"),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0}])

    op.create_table(
        "meta",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_meta"),
    )

    op.create_table(
        "pending_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("base", sa.String(64), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pending_changes"),
    )
    op.create_index("ix_pending_changes_actor", "pending_changes", ["actor"])
    op.create_index("ix_pending_changes_created", "pending_changes", ["created"])


def downgrade() -> None:
    for table in ("pending_changes", "meta", "content_version", "hotlines", "warning_texts", "warnings"):
        op.drop_table(table)

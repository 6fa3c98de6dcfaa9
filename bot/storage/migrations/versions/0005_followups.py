"""Follow-ups: whom to tell when a report (or a human look) is decided; the chat id sealed (bot/admin/reviews.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-14
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("nonce", sa.String(32), nullable=False),
        sa.Column("sealed", sa.BigInteger(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("created", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_followups"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_followups_report_id_reports",
                                ondelete="CASCADE"),
        sa.UniqueConstraint("report_id", name="uq_followups_report_id"),
    )
    op.create_index("ix_followups_outcome", "followups", ["outcome"])


def downgrade() -> None:
    op.drop_index("ix_followups_outcome", table_name="followups")
    op.drop_table("followups")

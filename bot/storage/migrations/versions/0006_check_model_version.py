"""Every recorded check keeps the model version that judged it (issue 14: versioned models, promote and rollback).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-15
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checks") as batch:
        batch.add_column(sa.Column("model_version", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checks") as batch:
        batch.drop_column("model_version")

"""The recruiter contact registry: contacts keyed by an HMAC of their value (the value itself only from reports, NGO
submissions and admins), confirmed-lure counts per distinct ad, the admin's "known legitimate employer" mark; the
destinations of each check (statistics).

Rows older than this revision get their `value_hash` from the store on first use (the key is not in the database),
which also drops the plain value of contacts seen only in job-seekers' unconsented checks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _links_kept():
    """SQLite rebuilds `contacts` to change a column: dropping the old table cascades to check_contacts (foreign keys
    are on), so the links are saved before and put back after."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    return [tuple(r) for r in bind.execute(sa.text("select check_id, contact_id from check_contacts"))]


def _put_back(links) -> None:
    bind = op.get_bind()
    existing = {r[0] for r in bind.execute(sa.text("select id from contacts"))}
    for check_id, contact_id in links:
        if contact_id in existing:
            bind.execute(sa.text("insert or ignore into check_contacts (check_id, contact_id) values (:c, :k)"),
                         {"c": check_id, "k": contact_id})


def upgrade() -> None:
    links = _links_kept()
    with op.batch_alter_table("contacts") as batch:
        batch.alter_column("value", existing_type=sa.String(255), nullable=True)
        batch.add_column(sa.Column("value_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("lure_count", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("first_lure", TS, nullable=True))
        batch.add_column(sa.Column("last_lure", TS, nullable=True))
        batch.add_column(sa.Column("legit", sa.Boolean(), server_default=sa.text("false"), nullable=False))
        batch.add_column(sa.Column("legit_note", sa.String(200), nullable=True))
        batch.add_column(sa.Column("legit_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("legit_at", TS, nullable=True))
        batch.create_unique_constraint("uq_contacts_kind_value_hash", ["kind", "value_hash"])
    _put_back(links)
    op.add_column("checks", sa.Column("destinations", sa.JSON(), nullable=True))
    op.create_table(
        "contact_lures",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name="fk_contact_lures_contact_id_contacts",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "text_hash", name="pk_contact_lures"),
    )
    op.create_index("ix_contact_lures_created", "contact_lures", ["created"])


def downgrade() -> None:
    op.drop_index("ix_contact_lures_created", table_name="contact_lures")
    op.drop_table("contact_lures")
    op.drop_column("checks", "destinations")  # SQLite 3.35+ drops a column in place (no rebuild, no cascade)
    op.execute("delete from check_contacts where contact_id in (select id from contacts where value is null)")
    op.execute("delete from contacts where value is null")
    links = _links_kept()
    with op.batch_alter_table("contacts") as batch:
        batch.drop_constraint("uq_contacts_kind_value_hash", type_="unique")
        for name in ("legit_at", "legit_by", "legit_note", "legit", "last_lure", "first_lure", "lure_count",
                     "value_hash"):
            batch.drop_column(name)
        batch.alter_column("value", existing_type=sa.String(255), nullable=False)
    _put_back(links)

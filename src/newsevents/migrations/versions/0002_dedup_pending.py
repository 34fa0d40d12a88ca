"""Reports stored by a distributed ingest whose cross-article dedup is still to run.

Revision ID: 0002
Revises: 0001
Create Date: 2024-06-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dedup_pending",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(40), sa.ForeignKey("records.record_id", ondelete="CASCADE"),
                  nullable=False, unique=True),
    )


def downgrade() -> None:
    op.drop_table("dedup_pending")

"""Initial event store: articles, records, deduplicated events, merges, cannot-link pairs.

Revision ID: 0001
Revises:
Create Date: 2024-05-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(40), primary_key=True),
        sa.Column("raw_hash", sa.String(64), nullable=False, index=True),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("headline", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("event_date", sa.Date, index=True),
        sa.Column("event_type", sa.String(64), index=True),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("country", sa.String(80), index=True),
        sa.Column("admin1", sa.String(120)),
        sa.Column("location", sa.String(200)),
        sa.Column("actor1", sa.String(300)),
        sa.Column("actor2", sa.String(300)),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("block_start", sa.Date, nullable=False, index=True),
        sa.Column("block_end", sa.Date, nullable=False, index=True),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_country_block", "events", ["country", "block_start"])
    op.create_table(
        "records",
        sa.Column("record_id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.String(40), sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("event_id", sa.String(40), sa.ForeignKey("events.event_id"), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False, index=True),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), sa.ForeignKey("events.event_id"), nullable=False, index=True),
        sa.Column("record_id", sa.String(40), sa.ForeignKey("records.record_id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("matched_record_id", sa.String(40), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
    )
    op.create_table(
        "cannot_link",
        sa.Column("record_a", sa.String(40), primary_key=True),
        sa.Column("record_b", sa.String(40), primary_key=True),
    )


def downgrade() -> None:
    for table in ("cannot_link", "merges", "records", "events", "articles"):
        op.drop_table(table)

"""delivery batch key and chat index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 15:25:38.409921
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch_key", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_deliveries_batch_key"), ["batch_key"], unique=False)
        batch_op.create_index("ix_deliveries_chat_status", ["chat_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_chat_status")
        batch_op.drop_index(batch_op.f("ix_deliveries_batch_key"))
        batch_op.drop_column("batch_key")

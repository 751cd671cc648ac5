"""Delivery: the outbox of briefs and the sender that drains it into Telegram.

Follow one brief out: ``outbox.publish_article`` writes one ``Delivery`` row per subscriber
(in the publishing transaction), ``sender.Sender`` claims rows, sends them through a
``transport.Transport`` at the configured rates and records each answer, ``digest``
gathers digest rows into one message a day, ``pause`` and ``stats`` serve the operators,
``standalone`` runs the sender as a process of its own (``triglot send``).
"""

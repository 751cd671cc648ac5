"""Model workers on Celery: the bot enqueues, ``triglot worker`` processes brief.

With ``workers.broker_url`` set the bot builds no summarizer: it stores the articles it
polls and sends one task per article (by id) through the broker (``client``); each
``triglot worker`` process (``process``, ``tasks``) loads the models once and briefs
through the same functions as the embedded bot (``bot.briefing.brief_articles`` and
``brief_link``), committing briefs and outbox rows in one transaction before the task is
acknowledged. Reliability is Celery's (``app``): late acknowledgement, redelivery of a
lost worker's task, a prefetch of one; the briefing functions make a task run twice do
nothing the second time.

Import nothing heavy here: the bot imports ``client`` and ``app`` only when a broker is set.
"""

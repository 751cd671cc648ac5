# Triglot: CPU image. Build: docker build -t triglot .
# Run:   docker run -e TRIGLOT_TELEGRAM_TOKEN=... -v triglot-data:/data -v triglot-models:/models triglot
# With PostgreSQL: docker compose up (compose.yaml). README.md, "Running with Docker", has more.

# ---- build: a virtual environment with CPU-only torch and Triglot ------------------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# torch first, pinned, from the CPU index: never the multi-GB CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY summarizer ./summarizer
RUN pip install .

# ---- runtime: the environment, the default config, a non-root user -----------------------
FROM python:3.11-slim
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin triglot \
    && mkdir -p /data /models \
    && chown triglot:triglot /data /models
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY config ./config
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HOME=/models/huggingface \
    TRIGLOT_CONFIG=/app/config/triglot.toml \
    TRIGLOT_DATABASE__URL=sqlite+aiosqlite:////data/triglot.db \
    TRIGLOT_MODELS__CACHE_DIR=/models \
    TRIGLOT_METRICS__LISTEN=0.0.0.0:9090
USER triglot
# The baked-in config must validate with the image's settings.
RUN triglot config check
# /data: the SQLite database; /models: downloaded and converted models (triglot models prepare).
VOLUME ["/data", "/models"]
EXPOSE 9090
HEALTHCHECK --interval=30s --timeout=10s --start-period=5m --retries=3 \
    CMD ["triglot", "health"]
# The bot applies database migrations itself at start (as `triglot db upgrade` does).
CMD ["triglot", "run"]

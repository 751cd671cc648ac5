"""The operators' web console (``bot/console/``): where it listens and how long logins last."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from bot.settings.checks import check_http_url, check_listen, split_host_port
from summarizer.settings import StrictModel


class ConsoleSettings(StrictModel):
    """The web console, served by the bot process; operators log in through the bot."""

    listen: str = Field(
        "",
        description="host:port the web console listens on (e.g. 127.0.0.1:8080); empty: off.",
    )
    public_url: str = Field(
        "",
        description="The console's address as operators open it (e.g. https://ops.example.org); "
        "/console login links point there. Empty: http://<listen>.",
    )
    login_link_minutes: int = Field(
        5, ge=1, le=60, description="Minutes a login link from /console stays valid (used once)."
    )
    session_hours: float = Field(
        12.0, gt=0, le=720, description="Hours a console session lasts before a new link is needed."
    )

    @field_validator("listen")
    @classmethod
    def _listen_is_host_port(cls, value: str) -> str:
        return check_listen(value)

    @field_validator("public_url")
    @classmethod
    def _public_url_is_http(cls, value: str) -> str:
        return check_http_url(value, allow_empty=True).rstrip("/")

    @model_validator(mode="after")
    def _public_url_needs_listen(self) -> ConsoleSettings:
        if self.public_url and not self.listen:
            raise ValueError("console.public_url is set but console.listen is empty")
        return self

    def base_url(self) -> str:
        """Where login links point: ``public_url``, else the listening address."""
        if self.public_url:
            return self.public_url
        host, port = split_host_port(self.listen)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}"

    @property
    def secure_cookies(self) -> bool:
        """Cookies only over TLS when operators reach the console over https."""
        return self.public_url.startswith("https://")

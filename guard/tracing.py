"""OpenTelemetry traces of the exchange (``guard[otel]``), imported only when tracing is on.

One span per request (``guard <route>``) with a child for the screening (``guard.screen``), one
per model attempt (``chat <model>``, attributes from the GenAI semantic conventions) and one per
validation (``guard.validate``). Message texts are recorded only with ``capture_content``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from guard.chat_model import ModelReply
from guard.exchange import Decision, RequestTrace
from guard.result import Attempt, Verdict

if TYPE_CHECKING:
    from guard.proxy.config import TracingConfig

__all__ = ["OTelTracer"]

_SAMPLING = (
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("max_output_tokens", "gen_ai.request.max_tokens"),
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("seed", "gen_ai.request.seed"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
)


class OTelTracer:
    """Starts a :class:`RequestTrace` per request on an OpenTelemetry tracer."""

    def __init__(
        self, tracer_provider: Any = None, *, capture_content: bool = False, provider_name: str = "openai"
    ) -> None:
        self.provider = tracer_provider
        self.tracer = trace.get_tracer("guard", tracer_provider=tracer_provider)
        self.capture_content = capture_content
        self.provider_name = provider_name
        self._owned = False

    @classmethod
    def from_config(cls, config: TracingConfig, *, tracer_provider: Any = None) -> OTelTracer:
        """A tracer for ``guard serve``: the given provider, else one exporting as configured."""
        owned = False
        if tracer_provider is None and config.exporter != "none":
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter

            exporter: SpanExporter
            if config.exporter == "console":
                from opentelemetry.sdk.trace.export import ConsoleSpanExporter

                exporter = ConsoleSpanExporter()
            else:
                from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

                exporter = OTLPSpanExporter()
            tracer_provider = TracerProvider(resource=Resource.create({"service.name": "guard"}))
            tracer_provider.add_span_processor(BatchSpanProcessor(exporter))
            owned = True
        tracer = cls(tracer_provider, capture_content=config.capture_content)
        tracer._owned = owned
        return tracer

    def close(self) -> None:
        """Flush and stop the provider guard made (one it was given belongs to its owner)."""
        if self._owned and self.provider is not None:
            self.provider.shutdown()

    def begin(self, request_id: str, route: str, body: Any) -> RequestTrace:
        """The trace of a request that starts now."""
        return _Trace(self, request_id, route, body if isinstance(body, dict) else {})


class _Trace:
    def __init__(self, owner: OTelTracer, request_id: str, route: str, body: Mapping[str, Any]) -> None:
        self.owner = owner
        self.body = body
        model = body.get("model")
        self.model = model if isinstance(model, str) else ""
        self.span = owner.tracer.start_span(f"guard {route}", kind=SpanKind.SERVER)
        self.span.set_attributes(
            {
                "guard.request_id": request_id,
                "guard.route": route,
                "gen_ai.operation.name": "chat",
                "gen_ai.provider.name": owner.provider_name,
                "gen_ai.request.model": self.model,
            }
        )
        self.context = trace.set_span_in_context(self.span)

    def _child(self, name: str, start_ns: int, kind: SpanKind = SpanKind.INTERNAL) -> trace.Span:
        return self.owner.tracer.start_span(name, context=self.context, kind=kind, start_time=start_ns)

    def screened(self, start_ns: int, end_ns: int, verdict: Verdict) -> None:
        span = self._child("guard.screen", start_ns)
        span.set_attributes(_verdict_attributes(verdict))
        span.end(end_time=end_ns)

    def model_called(
        self,
        start_ns: int,
        end_ns: int,
        messages: Sequence[Mapping[str, Any]],
        reply: ModelReply | None,
        error: BaseException | None,
    ) -> None:
        span = self._child(f"chat {self.model}".strip(), start_ns, SpanKind.CLIENT)
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": self.owner.provider_name,
            "gen_ai.request.model": self.model,
        }
        for key, name in _SAMPLING:
            value = self.body.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                attributes[name] = value
        if reply is not None:
            attributes["gen_ai.usage.input_tokens"] = reply.usage.prompt_tokens
            attributes["gen_ai.usage.output_tokens"] = reply.usage.completion_tokens
            raw = reply.raw if isinstance(reply.raw, dict) else {}
            if isinstance(raw.get("model"), str):
                attributes["gen_ai.response.model"] = raw["model"]
            if isinstance(raw.get("id"), str):
                attributes["gen_ai.response.id"] = raw["id"]
            reasons = [
                c.get("finish_reason")
                for c in raw.get("choices") or []
                if isinstance(c, dict) and isinstance(c.get("finish_reason"), str)
            ]
            if reasons:
                attributes["gen_ai.response.finish_reasons"] = reasons
            if self.owner.capture_content:
                attributes["gen_ai.output.messages"] = json.dumps(
                    [{"role": "assistant", "parts": [{"type": "text", "content": reply.text}]}]
                )
        if self.owner.capture_content:
            attributes["gen_ai.input.messages"] = json.dumps(list(messages), default=str)
        span.set_attributes(attributes)
        if error is not None:
            span.set_attribute("error.type", type(error).__name__)
            span.set_status(Status(StatusCode.ERROR, type(error).__name__))
        span.end(end_time=end_ns)

    def validated(self, start_ns: int, end_ns: int, attempt: Attempt) -> None:
        span = self._child("guard.validate", start_ns)
        span.set_attributes({"guard.attempt": attempt.index, **_verdict_attributes(attempt.verdict)})
        span.end(end_time=end_ns)

    def finish(self, decision: Decision) -> None:
        self.span.set_attributes(
            {
                "guard.policy": decision.policy,
                "guard.policy_hash": decision.policy_hash,
                "guard.stage": decision.stage,
                "guard.action": decision.action,
                "guard.attempts": decision.attempts,
                "guard.violation_types": sorted({str(v["type"]) for v in decision.violations}),
                "gen_ai.usage.input_tokens": decision.usage.prompt_tokens,
                "gen_ai.usage.output_tokens": decision.usage.completion_tokens,
                "http.response.status_code": decision.status,
            }
        )
        if decision.stream:
            self.span.set_attribute("guard.stream_mode", decision.stream)
        if decision.status >= 500 or decision.action == "error":
            self.span.set_status(Status(StatusCode.ERROR, f"{decision.stage} {decision.action}"))
        self.span.end()


def _verdict_attributes(verdict: Verdict) -> dict[str, Any]:
    return {
        "guard.action": verdict.action.value,
        "guard.violation_count": len(verdict.violations),
        "guard.violation_types": sorted({v.type for v in verdict.violations}),
    }

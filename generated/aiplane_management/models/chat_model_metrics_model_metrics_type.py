from enum import StrEnum


class ChatModelMetricsModelMetricsType(StrEnum):
    CHAT_MODEL_METRICS = "CHAT_MODEL_METRICS"

    def __str__(self) -> str:
        return str(self.value)

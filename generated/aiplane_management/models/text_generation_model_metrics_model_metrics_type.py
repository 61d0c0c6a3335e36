from enum import StrEnum


class TextGenerationModelMetricsModelMetricsType(StrEnum):
    TEXT_GENERATION_MODEL_METRICS = "TEXT_GENERATION_MODEL_METRICS"

    def __str__(self) -> str:
        return str(self.value)

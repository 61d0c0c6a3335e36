from enum import StrEnum


class LoraTrainingConfigTrainingConfigType(StrEnum):
    LORA_TRAINING_CONFIG = "LORA_TRAINING_CONFIG"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TFewTrainingConfigTrainingConfigType(StrEnum):
    TFEW_TRAINING_CONFIG = "TFEW_TRAINING_CONFIG"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class VanillaTrainingConfigTrainingConfigType(StrEnum):
    VANILLA_TRAINING_CONFIG = "VANILLA_TRAINING_CONFIG"

    def __str__(self) -> str:
        return str(self.value)

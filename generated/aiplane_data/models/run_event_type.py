from enum import StrEnum


class RunEventType(StrEnum):
    DONE = "done"
    OUTPUT = "output"
    PROGRESS = "progress"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)

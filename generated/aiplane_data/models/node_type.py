from enum import StrEnum


class NodeType(StrEnum):
    FILE = "FILE"
    FOLDER = "FOLDER"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class NodeType(StrEnum):
    FOLDER = "FOLDER"
    ITEM = "ITEM"

    def __str__(self) -> str:
        return str(self.value)

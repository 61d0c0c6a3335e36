from enum import StrEnum


class ObjectStorageDatasetDatasetType(StrEnum):
    OBJECT_STORAGE = "OBJECT_STORAGE"

    def __str__(self) -> str:
        return str(self.value)

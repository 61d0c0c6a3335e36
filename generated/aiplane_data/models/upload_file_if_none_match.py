from enum import StrEnum


class UploadFileIfNoneMatch(StrEnum):
    ANY = "*"

    def __str__(self) -> str:
        return str(self.value)

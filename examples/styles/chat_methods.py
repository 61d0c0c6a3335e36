"""The same chat script with the typed methods."""

import sys

import aiplane
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage

deployment = sys.argv[1]
with aiplane.Client.from_config() as client:
    question = ChatCompletionUserMessage(content="What is a dedicated AI cluster?")
    answer = client.data.create_chat_completion(deployment, messages=[question], temperature=0.2)
    print(answer.choices[0].message.content)
    with client.data.create_chat_completion_stream(deployment, messages=[question]) as chunks:
        aiplane.chat.print_stream(chunks)

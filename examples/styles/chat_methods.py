"""The same chat script with the typed methods."""

import sys

import aiplane
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage

deployment = sys.argv[1]
with aiplane.Client.from_config() as client:
    question = ChatCompletionUserMessage(content="What is a dedicated AI cluster?")
    answer = client.data.create_chat_completion(deployment, messages=[question], temperature=0.2)
    print(answer.choices[0].message.content)
    try:  # keep_events: if the stream breaks, its error carries the chunks received
        with client.data.create_chat_completion_stream(
            deployment, messages=[question], keep_events=True
        ) as chunks:
            aiplane.chat.print_stream(chunks)
    except aiplane.errors.StreamInterrupted as exc:
        partial = aiplane.chat.fold(exc.events or [])
        print(f"\n(cut after {exc.received} chunks) {partial.choices[0].message.content}")

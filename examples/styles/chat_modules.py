"""A chat script in the operation-module style: one answer, then a streamed one."""

import sys

import aiplane
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest

deployment = sys.argv[1]
with aiplane.Client.from_config() as client:
    question = ChatCompletionUserMessage(content="What is a dedicated AI cluster?")
    answer = aiplane.call(
        create_chat_completion,
        client,
        deployment,
        body=CreateChatCompletionRequest(messages=[question], temperature=0.2),
    )
    print(answer.choices[0].message.content)
    body = CreateChatCompletionRequest(messages=[question])
    try:  # keep_events: if the stream breaks, its error carries the chunks received
        with aiplane.stream(
            create_chat_completion, client, deployment, body=body, keep_events=True
        ) as chunks:
            aiplane.chat.print_stream(chunks)
    except aiplane.errors.StreamInterrupted as exc:
        partial = aiplane.chat.fold(exc.events or [])
        print(f"\n(cut after {exc.received} chunks) {partial.choices[0].message.content}")

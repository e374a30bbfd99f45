package org.gongkai.channels.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.gongkai.channels.WebhookPayload;

import org.springframework.stereotype.Component;

/**
 * Adds the webhook channel's payload to the OpenAPI document as an OpenAPI 3.1 {@code webhooks} entry: the call the
 * platform makes to a receiver (a province's 集约化 platform), with its signature header and its body schema.
 */
@Component
class WebhookDocs implements OpenApiCustomizer {

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		ModelConverters.getInstance().readAll(WebhookPayload.class).forEach(openApi::schema);
		Operation delivery = new Operation().operationId("documentDelivered")
			.summary("A publication, correction or withdrawal delivered to a webhook channel")
			.description("The body is signed: X-Gongkai-Signature = sha256=<hex HMAC-SHA256(channel secret, body)>. "
					+ "A retry repeats the same deliveryId; any 2xx answer counts as delivered, anything else is "
					+ "retried with backoff (1 min doubling to 6 h, 12 attempts).")
			.addParametersItem(new HeaderParameter().name("X-Gongkai-Signature").required(true)
				.schema(new Schema<String>().type("string")))
			.addParametersItem(new HeaderParameter().name("X-Gongkai-Event").required(true)
				.schema(new Schema<String>().type("string")))
			.addParametersItem(new HeaderParameter().name("X-Gongkai-Delivery").required(true)
				.schema(new Schema<String>().type("string")))
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/json", new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/WebhookPayload")))))
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("received")));
		openApi.addWebhooks("documentDelivered", new PathItem().post(delivery));
	}

}

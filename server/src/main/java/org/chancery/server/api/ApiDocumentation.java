package org.chancery.server.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its authentication: HTTP Basic with an archive account (or a session). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Chancery reading room and messaging API",
                        version = "1",
                        description = "Cables, search, references, statistics and export over what the signed-in"
                                + " reader may see; drafting, clearance, release, inboxes, the outbox and the routing"
                                + " directory under /api/messaging. Errors are application/problem+json; an absent"
                                + " cable (or draft) and one the caller may not see are the same 404."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiDocumentation {}

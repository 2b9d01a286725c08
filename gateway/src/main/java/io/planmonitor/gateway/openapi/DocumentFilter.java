package io.planmonitor.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document the annotations give (mp.openapi.filter): the answers every operation shares, then
 * each operation's worked example.
 */
public class DocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        StandardResponses.addTo(openAPI);
        OperationExamples.addTo(openAPI);
    }
}

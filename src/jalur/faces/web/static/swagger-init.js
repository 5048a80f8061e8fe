// Starts Swagger UI on /api/v1/docs from the vendored bundle (no inline script, no CDN: the docs work offline).
window.addEventListener("load", function () {
  var el = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: el.getAttribute("data-openapi"),
    dom_id: "#swagger-ui",
    deepLinking: true,
  });
});

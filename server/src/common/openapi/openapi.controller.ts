import { Controller, Get, Header, Inject } from '@nestjs/common';
import { RouteTable } from './route-table.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { Public } from '../access/access.decorators.js';
import { ApiDoc } from './api-decorators.js';
import { APP_VERSION } from '../../version.js';

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tumor Board API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

// Kept out of the page so the Content-Security-Policy can forbid inline scripts.
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

@Public()
@Controller()
export class OpenApiController {
  private document: Record<string, unknown> | undefined;

  constructor(@Inject(RouteTable) private readonly routes: RouteTable) {}

  @Get('openapi.json')
  @ApiDoc({ summary: 'This OpenAPI document', tags: ['meta'] })
  openApi(): Record<string, unknown> {
    this.document ??= buildOpenApiDocument(this.routes.list(), APP_VERSION);
    return this.document;
  }

  @Get('docs')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiDoc({ summary: 'Browsable API documentation', tags: ['meta'] })
  docs(): string {
    return DOCS_PAGE;
  }

  @Get('docs/init.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @ApiDoc({ summary: 'Script of the documentation page', tags: ['meta'] })
  docsInit(): string {
    return DOCS_INIT;
  }
}

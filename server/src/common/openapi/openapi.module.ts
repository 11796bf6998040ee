import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { RouteTable } from './route-table.js';
import { OpenApiController } from './openapi.controller.js';

@Module({
  imports: [DiscoveryModule],
  providers: [RouteTable],
  controllers: [OpenApiController],
  exports: [RouteTable],
})
export class OpenApiModule {}

import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';

export const API_PREFIX = 'api';

export interface RouteEntry {
  method: string;
  /** Full path with the global prefix, parameters as `:id` (e.g. `/api/cases/:id`). */
  path: string;
  controller: string;
  handler: string;
  /** The controller prototype, for reading method metadata. */
  prototype: object;
}

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p.length > 0)
    .join('/');

/**
 * Every HTTP route the app serves, read from Nest's own metadata. OpenAPI is generated from it and
 * the authorization matrix test checks it, so neither can drift from the code.
 */
@Injectable()
export class RouteTable {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  list(): RouteEntry[] {
    const routes: RouteEntry[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      const metatype = wrapper.metatype;
      if (!instance || !metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      const base = (Reflect.getMetadata(PATH_METADATA, metatype) as string | string[] | undefined) ?? '';
      const bases = Array.isArray(base) ? base : [base];
      for (const handler of this.scanner.getAllMethodNames(prototype)) {
        const fn = (prototype as Record<string, unknown>)[handler];
        if (typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        for (const b of bases) {
          for (const p of Array.isArray(path) ? path : [path]) {
            routes.push({
              method: RequestMethod[method],
              path: joinPath(API_PREFIX, b, p),
              controller: metatype.name,
              handler,
              prototype,
            });
          }
        }
      }
    }
    return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}

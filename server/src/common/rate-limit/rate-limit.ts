import {
  HttpException,
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { CLOCK, type Clock } from '../clock.js';
import { SlidingWindowCounter } from './sliding-window.js';

export interface RateLimitRule {
  /** Requests per window per source address. */
  limit: number;
  windowMs: number;
}

const RATE_LIMIT_KEY = 'tb:rate-limit';

/** Limits a route per source address (used on public routes such as the score calculators). */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT_KEY, rule);

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly counters = new Map<string, SlidingWindowCounter>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule || context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const routeKey = `${context.getClass().name}.${context.getHandler().name}`;
    let counter = this.counters.get(routeKey);
    if (!counter) {
      counter = new SlidingWindowCounter(rule.limit, rule.windowMs);
      this.counters.set(routeKey, counter);
    }
    if (!counter.tryAcquire(req.ip ?? 'unknown', this.clock.now().getTime())) {
      throw new HttpException('Too many requests from this address. Try again shortly.', 429);
    }
    return true;
  }
}

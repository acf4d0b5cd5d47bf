import { parseProxyAllow } from './proxy';

export interface ServerConfig {
  port: number;
  host: string;
  speed: number;
  latencyMs: number;
  proxyAllow: string[];
  dev: boolean;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 5173;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535 (0 = any free port), got '${value}'.`);
  }
  return port;
}

function parseSpeed(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new Error(`SIM_SPEED must be a positive number, got '${value}'.`);
  }
  return speed;
}

function parseLatency(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const latency = Number(value);
  if (!Number.isFinite(latency) || latency < 0 || latency > 60_000) {
    throw new Error(
      `SIM_LATENCY_MS must be a number of milliseconds from 0 to 60000, got '${value}'.`,
    );
  }
  return latency;
}

/** Reads the environment once, failing with a message that names the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    speed: parseSpeed(env.SIM_SPEED),
    latencyMs: parseLatency(env.SIM_LATENCY_MS),
    proxyAllow: parseProxyAllow(env.PROXY_ALLOW),
    dev: argv.includes('--dev'),
  };
}

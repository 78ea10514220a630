import postgres from "postgres";
import { loadConfig } from "@/lib/config/load-config";
import { buildIfStale } from "./build-if-stale";
import { startNext } from "./start-next";

/** Starts the built app on a freshly created database for Playwright's webServer. */
const config = loadConfig();
if (!config.DATABASE_URL) throw new Error("e2e-server needs DATABASE_URL");
const url = new URL(config.DATABASE_URL);
const name = url.pathname.slice(1);
url.pathname = "/postgres";
const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists "${name}" with (force)`);
await admin.unsafe(`create database "${name}"`);
await admin.end();

buildIfStale();
startNext(config.PORT);

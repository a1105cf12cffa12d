#!/usr/bin/env node
// The first step of a package's build: empties `dist/`, so that nothing a previous build wrote
// (a chunk whose name changed, the declarations of a deleted module) is packed and published.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });

import { Ctx, Query, Resolver } from 'type-graphql';
import { API_VERSION } from '../../support/version.js';
import type { Context } from '../context.js';
import { ServerInfo } from '../types/server-info.type.js';

@Resolver()
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: 'The API version and the version of the Neo4j behind it.' })
  async serverInfo(@Ctx() ctx: Context): Promise<ServerInfo> {
    return { version: API_VERSION, neo4jVersion: await ctx.db.serverVersion() };
  }
}

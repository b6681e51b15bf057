// Hocuspocus 3.4 with its SQLite extension, as a team would deploy it for
// persistence: the competitor in bench/collab.sh.
//   node server.mjs <port> <sqlite file>
import { Server } from '@hocuspocus/server'
import { SQLite } from '@hocuspocus/extension-sqlite'

const [port, database] = process.argv.slice(2)
const server = new Server({
  port: Number(port),
  quiet: true,
  extensions: [new SQLite({ database })]
})
await server.listen()
console.log('ready')

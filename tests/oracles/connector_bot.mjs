// A bot written against TikTok-Live-Connector 2.5.0 (Node), run unmodified by the
// conformance tests against FakeLiveServer: the package is only installed and run (npm
// install in this folder); this program, ours, uses its public API.
//
//   node connector_bot.mjs BASE_URL HANDLE [chat]
//
// It prints one JSON line per event; with "chat" it logs in (SESSION_ID, the sign server's
// key in SIGN_API_KEY) and writes in the chat once connected. Pointing the connector at the local TikTok:
//  * the sign server: SignConfig.basePath, set before the first connection is made;
//  * TikTok's web and webcast hosts: webConfigOverrides (host:port). The connector picks
//    https for localhost and 127.x and plain http for other names, and the local TikTok
//    speaks plain http, so the hosts get a made-up name that resolves to 127.0.0.1 (and
//    nothing else resolves at all: the bot cannot reach the internet by mistake);
//  * the websocket: the push server the sign server hands out.
import { SignConfig, TikTokLiveConnection, WebcastEvent, ControlEvent } from 'tiktok-live-connector';

const [, , baseUrl, handle, scenario] = process.argv;
const LOCAL_NAME = 'local-tiktok.invalid';
SignConfig.basePath = baseUrl;

function loopbackOnly(hostname, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    if (hostname !== LOCAL_NAME) {
        const error = new Error(`${hostname} is not the local TikTok`);
        error.code = 'ENOTFOUND';
        return callback(error);
    }
    return options && options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
}

const port = new URL(baseUrl).port;
const connection = new TikTokLiveConnection(handle, {
    webConfigOverrides: { TIKTOK_HOST_WEB: `${LOCAL_NAME}:${port}`, TIKTOK_HOST_WEBCAST: `${LOCAL_NAME}:${port}` },
    webClientOptions: { dnsLookup: loopbackOnly, retry: { limit: 0 } },
    wsClientOptions: { lookup: loopbackOnly },
    ...(scenario === 'chat' ? {
        session: { cookie: { type: 'cookie', value: { sessionId: process.env.SESSION_ID, ttTargetIdc: 'useast5' } } },
        signApiKey: process.env.SIGN_API_KEY,
    } : {}),
});
const say = (fields) => console.log(JSON.stringify(fields, (key, value) => (typeof value === 'bigint' ? value.toString() : value)));

connection.on(WebcastEvent.CHAT, (data) => say({ event: 'comment', user: data.user.displayId, comment: data.content }));
connection.on(WebcastEvent.GIFT, (data) => {
    if (data.gift?.type === 1 && !data.repeatEnd) return; // a streak in progress: its end has the whole count
    say({ event: 'gift', user: data.user.displayId, gift: data.gift?.name, count: Number(data.repeatCount) });
});
connection.on(WebcastEvent.LIKE, (data) => say({ event: 'like', user: data.user.displayId, count: Number(data.count), total: Number(data.total) }));
connection.on(WebcastEvent.ROOM_USER, (data) => say({ event: 'viewers', total: Number(data.total) }));
connection.on(WebcastEvent.STREAM_END, () => say({ event: 'live_end' }));
connection.on(ControlEvent.DISCONNECTED, () => { say({ event: 'disconnect' }); setTimeout(() => process.exit(0), 50); });
connection.on(ControlEvent.ERROR, ({ info, exception }) => say({ event: 'error', info, message: String(exception?.message ?? exception) }));

setTimeout(() => { say({ event: 'timeout' }); process.exit(1); }, 60000);
try {
    const state = await connection.connect();
    say({ event: 'connect', room_id: String(state.roomId) });
    if (scenario === 'chat') {
        const answer = await connection.sendMessage('hello from the Connector');
        say({ event: 'chat_sent', answer });
    }
} catch (error) {
    say({ event: 'connect_failed', message: String(error?.message ?? error) });
    process.exit(1);
}

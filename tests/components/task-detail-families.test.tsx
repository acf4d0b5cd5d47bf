// The detail page for the families beyond Sora, against a stand-in reseller over real HTTP (a
// tiny hono app: the simulator does not speak these shapes yet). What a person sees: the model
// and where the task answered, Veo's rewritten prompt and input images, files that need the key
// (fetched with it only from the API's own origin), and a task the provider let expire.
import { act, screen, waitFor, within } from '@testing-library/react';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from '../integration/server-harness';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

const KEY = 'sk-component-test';
/** A few bytes standing in for an MP4: jsdom plays nothing, the page only moves them. */
const VIDEO_BYTES = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 109, 112, 52, 50]);

interface Seen {
  path: string;
  authorization: string | undefined;
}

/**
 * A reseller that answers each id with the body the test gives it, at the unified path and the
 * OpenAI-style path, and serves files under `/files/…` (bytes, or JSON pointing elsewhere).
 * Every request is recorded with its Authorization header.
 */
function reseller() {
  const seen: Seen[] = [];
  const bodies = new Map<string, (origin: string) => unknown>();
  const files = new Map<string, (origin: string) => Response>();
  let origin = '';
  const app = new Hono();
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    seen.push({
      path: `${url.pathname}${decodeURIComponent(url.search)}`,
      authorization: c.req.header('authorization'),
    });
    await next();
  });
  const answer = (id: string) => {
    const body = bodies.get(id);
    return body
      ? Response.json(body(origin))
      : Response.json({ error: { message: 'not found' } }, { status: 404 });
  };
  app.get('/v1/video/query', (c) => answer(c.req.query('id') ?? ''));
  app.get('/v1/videos/:id', (c) => answer(c.req.param('id')));
  app.get('/v1/videos/:id/content', (c) => {
    if (c.req.query('variant') === 'thumbnail') return c.json({ error: { message: 'none' } }, 404);
    const file = files.get(`content:${c.req.param('id')}`);
    return file ? file(origin) : c.json({ error: { message: 'no content' } }, 404);
  });
  app.get('/files/:name', (c) => {
    if (c.req.header('authorization') !== `Bearer ${KEY}`) {
      return c.json({ error: { message: 'needs the key' } }, 401);
    }
    const file = files.get(c.req.param('name'));
    return file ? file(origin) : c.json({ error: { message: 'no such file' } }, 404);
  });
  return {
    app,
    seen,
    bodies,
    files,
    setOrigin: (value: string) => {
      origin = value;
    },
  };
}

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  vi.restoreAllMocks();
});

async function start(provider: ReturnType<typeof reseller>): Promise<string> {
  const server = await listen(provider.app);
  servers.push(server);
  provider.setOrigin(server.origin);
  return server.origin;
}

async function openDetail(origin: string, id: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: origin, apiKey: KEY });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return view;
}

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

/** Records the blobs the page turns into blob: URLs, and the URLs it revokes. */
function recordBlobUrls() {
  const created: { type: string; size: number }[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    created.push({ type: blob.type, size: blob.size });
    return `blob:http://localhost/blob-${created.length}`;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  return { created, revoked };
}

function videoBytes(): Response {
  return new Response(VIDEO_BYTES, {
    headers: { 'content-type': 'video/mp4', 'content-length': String(VIDEO_BYTES.byteLength) },
  });
}

const VEO_ID = 'veo3.1-fast:1770350082-trii1OXZc3';

function veoCompleted() {
  return {
    id: VEO_ID,
    status: 'completed',
    status_update_time: 1770350200000,
    video_url: 'https://cdn.example.com/veo/up.mp4',
    detail: {
      status: 'completed',
      running: false,
      req: {
        model: 'veo3.1-fast',
        prompt: 'a fox in the snow',
        images: ['https://cdn.example.com/veo/in-1.png', 'https://cdn.example.com/veo/in-2.png'],
        aspect_ratio: '16:9',
        enhance_prompt: true,
      },
      images: [{ url: 'https://cdn.example.com/veo/in-1.png', status: 'done', mediaId: 'm1' }],
      video_url: 'https://cdn.example.com/veo/base.mp4',
      upsample_video_url: 'https://cdn.example.com/veo/up.mp4',
      enhanced_prompt: 'A red fox trots through fresh snow at dawn, low angle, cinematic.',
      created_at: 1770350082000,
      completed_at: 1770350200000,
      error_message: 'upstream timeout, retrying',
    },
  };
}

describe('a Veo task from the unified endpoint', () => {
  it('names the model and the endpoint, shows the rewrite beside the prompt and the input images', async () => {
    const provider = reseller();
    provider.bodies.set(VEO_ID, veoCompleted);
    const origin = await start(provider);
    const { user } = await openDetail(origin, VEO_ID);

    const summary = await screen.findByLabelText('Summary');
    expect(summary).toHaveTextContent(/Model\s*veo3\.1-fast/);
    expect(summary).toHaveTextContent(/Answered at\s*\/v1\/video\/query\?id=\{id\}/);
    // The answer's id is the pasted one: nothing to add.
    expect(summary).not.toHaveTextContent('The provider calls it');

    const inputs = screen.getByRole('region', { name: 'Inputs' });
    expect(within(inputs).getByText('a fox in the snow')).toBeInTheDocument();
    expect(within(inputs).getByText('Rewritten prompt')).toBeInTheDocument();
    expect(within(inputs).getByText(/^A red fox trots/)).toBeInTheDocument();
    expect(within(inputs).getByText('landscape')).toBeInTheDocument();
    const images = within(within(inputs).getByRole('list', { name: 'Input images' })).getAllByRole(
      'img',
    );
    expect(images.map((image) => image.getAttribute('src'))).toEqual([
      'https://cdn.example.com/veo/in-1.png',
      'https://cdn.example.com/veo/in-2.png',
    ]);

    await user.click(within(inputs).getByRole('button', { name: 'Copy rewritten prompt' }));
    expect(await navigator.clipboard.readText()).toMatch(/^A red fox trots/);
    await user.click(within(inputs).getByRole('button', { name: 'Copy prompt' }));
    expect(await navigator.clipboard.readText()).toBe('a fox in the snow');

    // A plain link on another host plays as it is, without the key; nothing Sora-only shows.
    expect(screen.getByLabelText(`Video of ${VEO_ID}`)).toHaveAttribute(
      'src',
      'https://cdn.example.com/veo/up.mp4',
    );
    expect(screen.queryByRole('region', { name: 'Inpaint items' })).not.toBeInTheDocument();
    // The error text left from a retry does not make a finished task a failure.
    expect(screen.queryByRole('heading', { name: /failed|rejected/i })).not.toBeInTheDocument();
    expect(provider.seen.map((request) => request.path)).toEqual([`/v1/video/query?id=${VEO_ID}`]);
  });

  it("shows Grok's own id, and a prompt known only as the provider's rewrite as that", async () => {
    const pasted = 'grok:033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11';
    const provider = reseller();
    provider.bodies.set(pasted, () => ({
      id: '033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11',
      status: 'pending',
      video_url: null,
      enhanced_prompt: 'A neon city at night, rain',
      status_update_time: 1750323167003,
    }));
    const origin = await start(provider);
    const { user } = await openDetail(origin, pasted);

    const summary = await screen.findByLabelText('Summary');
    expect(summary).toHaveTextContent(/Model\s*grok/);
    expect(summary).toHaveTextContent(
      /The provider calls it\s*033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11/,
    );
    await user.click(within(summary).getByRole('button', { name: 'Copy provider’s id' }));
    expect(await navigator.clipboard.readText()).toBe('033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11');

    const inputs = screen.getByRole('region', { name: 'Inputs' });
    expect(within(inputs).getAllByText('A neon city at night, rain')).toHaveLength(1);
    expect(within(inputs).getByText(/^Not sent by the provider/)).toBeInTheDocument();
    expect(within(inputs).queryByRole('button', { name: 'Copy prompt' })).not.toBeInTheDocument();
    expect(
      within(inputs).getByRole('button', { name: 'Copy rewritten prompt' }),
    ).toBeInTheDocument();
  });

  it('reads when a link signed with Expires= stops working', async () => {
    const provider = reseller();
    const expires = Math.round(Date.now() / 1000) + 2 * 86_400;
    provider.bodies.set(VEO_ID, () => ({
      ...veoCompleted(),
      video_url: `https://cdn.example.com/veo/up.mp4?Expires=${expires}&Signature=abc`,
    }));
    const origin = await start(provider);
    await openDetail(origin, VEO_ID);
    expect(await screen.findByText(/^This video link expires/)).toHaveTextContent(
      'This video link expires in 2 days. Download it before then.',
    );
  });
});

describe('a file that needs the key (OpenRouter’s unsigned URL)', () => {
  const ID = 'job-keyed-1';

  it('on the API’s own origin: fetched with the key when asked, played from a blob URL', async () => {
    const provider = reseller();
    provider.bodies.set(ID, (origin) => ({
      id: ID,
      status: 'completed',
      unsigned_urls: [`${origin}/files/${ID}.mp4`],
      usage: { cost: 0.5 },
    }));
    provider.files.set(`${ID}.mp4`, videoBytes);
    const { created, revoked } = recordBlobUrls();
    const origin = await start(provider);
    const { user, router } = await openDetail(origin, ID);

    const video = await screen.findByRole('region', { name: 'Video' });
    await user.click(await within(video).findByRole('button', { name: 'Load video' }));
    const player = await screen.findByLabelText(`Video of ${ID}`);
    expect(player).toHaveAttribute('src', 'blob:http://localhost/blob-1');
    expect(created).toEqual([{ type: 'video/mp4', size: VIDEO_BYTES.byteLength }]);
    expect(provider.seen.filter((request) => request.path.startsWith('/files/'))).toEqual([
      { path: `/files/${ID}.mp4`, authorization: `Bearer ${KEY}` },
    ]);

    await act(() => router.navigate('/'));
    expect(revoked).toEqual(['blob:http://localhost/blob-1']);
  });

  it('on the API’s own origin: Download fetches it with the key and saves it', async () => {
    const provider = reseller();
    provider.bodies.set(ID, (origin) => ({
      id: ID,
      status: 'completed',
      unsigned_urls: [`${origin}/files/${ID}.mp4`],
    }));
    provider.files.set(`${ID}.mp4`, videoBytes);
    const { created } = recordBlobUrls();
    const saved: string[] = [];
    // The page saves through a hidden <a download> on a blob: URL; jsdom cannot download.
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (target instanceof HTMLAnchorElement && target.href.startsWith('blob:')) {
        saved.push(target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    try {
      const origin = await start(provider);
      const { user } = await openDetail(origin, ID);
      await user.click(await screen.findByRole('button', { name: 'Download video' }));
      expect(await screen.findByText(`Saved as ${ID}.mp4.`)).toBeInTheDocument();
      expect(saved).toEqual([`${ID}.mp4`]);
      expect(created).toEqual([{ type: 'video/mp4', size: VIDEO_BYTES.byteLength }]);
      expect(provider.seen.filter((request) => request.path.startsWith('/files/'))).toEqual([
        { path: `/files/${ID}.mp4`, authorization: `Bearer ${KEY}` },
      ]);
    } finally {
      document.removeEventListener('click', onClick);
    }
  });

  it('on another host: never asked with the key; the page says why and links to it', async () => {
    const elsewhere = reseller();
    elsewhere.files.set(`${ID}.mp4`, videoBytes);
    const elsewhereOrigin = await start(elsewhere);
    const provider = reseller();
    const fileUrl = `${elsewhereOrigin}/files/${ID}.mp4`;
    provider.bodies.set(ID, () => ({ id: ID, status: 'completed', unsigned_urls: [fileUrl] }));
    const origin = await start(provider);
    await openDetail(origin, ID);

    const note = await screen.findByRole('note', { name: 'The video is on another host' });
    expect(note).toHaveTextContent(
      `it is on ${elsewhereOrigin}, not on your API's address (${origin}). Your key is only ever sent to the API`,
    );
    expect(within(note).getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
      'href',
      fileUrl,
    );
    expect(screen.queryByRole('button', { name: 'Load video' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download video' })).not.toBeInTheDocument();
    expect(elsewhere.seen).toEqual([]);
  });
});

describe('/content answering JSON { url } instead of bytes', () => {
  const ID = 'video_points_elsewhere';

  function officialCompleted() {
    return { id: ID, object: 'video', status: 'completed', progress: 100, model: 'veo-3.1' };
  }

  it('a URL on another host plays as it is, without the key', async () => {
    const provider = reseller();
    provider.bodies.set(ID, officialCompleted);
    const link = `https://cdn.example.com/out/video.mp4?se=${encodeURIComponent(
      new Date(Date.now() + 3 * 86_400_000).toISOString(),
    )}&sig=abc`;
    provider.files.set(`content:${ID}`, () => Response.json({ url: link }));
    const origin = await start(provider);
    const { user } = await openDetail(origin, ID);
    await user.click(await screen.findByRole('button', { name: 'Load video' }));
    expect(await screen.findByLabelText(`Video of ${ID}`)).toHaveAttribute('src', link);
    // The expiry is read from the link /content named: the task itself gave none.
    expect(screen.getByText(/^This video link expires/)).toHaveTextContent('in 3 days');
    expect(screen.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute('href', link);
  });

  it('a URL back on the API’s origin is fetched with the key', async () => {
    const provider = reseller();
    provider.bodies.set(ID, officialCompleted);
    provider.files.set(`content:${ID}`, (origin) =>
      Response.json({ url: `${origin}/files/${ID}.mp4` }),
    );
    provider.files.set(`${ID}.mp4`, videoBytes);
    const { created } = recordBlobUrls();
    const origin = await start(provider);
    const { user } = await openDetail(origin, ID);
    await user.click(await screen.findByRole('button', { name: 'Load video' }));
    expect(await screen.findByLabelText(`Video of ${ID}`)).toHaveAttribute(
      'src',
      'blob:http://localhost/blob-1',
    );
    expect(created).toEqual([{ type: 'video/mp4', size: VIDEO_BYTES.byteLength }]);
    expect(
      provider.seen
        .filter((request) => /content$|^\/files\//.test(request.path))
        .map((request) => request.authorization),
    ).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
  });

  it('JSON with no usable address says so', async () => {
    const provider = reseller();
    provider.bodies.set(ID, officialCompleted);
    provider.files.set(`content:${ID}`, () => Response.json({ url: 'http://cdn.example.com/x' }));
    const origin = await start(provider);
    const { user } = await openDetail(origin, ID);
    await user.click(await screen.findByRole('button', { name: 'Load video' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the video: The provider answered with JSON instead of the video, and it holds no usable video address (https).',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a task the provider let expire', () => {
  it('reads as expired, with no player and no fetch of its file', async () => {
    const ID = 'job-expired-1';
    const provider = reseller();
    provider.bodies.set(ID, (origin) => ({
      id: ID,
      status: 'expired',
      unsigned_urls: [`${origin}/files/${ID}.mp4`],
    }));
    const origin = await start(provider);
    await openDetail(origin, ID);

    // The badge by the heading, and again in the history's status changes.
    expect(await screen.findAllByText('Expired')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Progress' })).toHaveTextContent(
      /Provider status\s*expired/,
    );
    const video = screen.getByRole('region', { name: 'Video' });
    expect(video).toHaveTextContent(/^VideoNo video: the provider let this task expire/);
    expect(screen.queryByLabelText(`Video of ${ID}`)).not.toBeInTheDocument();
    expect(within(video).queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() => expect(provider.seen.length).toBeGreaterThan(0));
    expect(provider.seen.some((request) => request.path.startsWith('/files/'))).toBe(false);
  });
});

import './zod-without-eval'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createQueryClient } from './data/query-client'
import { listenLive } from './data/live-changes'
import './styles/app.css'
import './styles/claims.css'
import './styles/vocabulary.css'
import './styles/shell.css'
import './styles/search.css'

/** A stream that does not open soon (a host still starting) must not keep the desk from showing. */
const STREAM_WAIT_MS = 2000

async function start(root: HTMLElement) {
  const queryClient = createQueryClient()
  const live = listenLive(queryClient)
  // Listening before the first read, so no change can fall between a read and the stream.
  await Promise.race([live.ready, new Promise((resolve) => setTimeout(resolve, STREAM_WAIT_MS))])
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
void start(root)

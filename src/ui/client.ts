/** The typed request client of the extension pages (popup, options). */
import browser from 'webextension-polyfill'
import { createClient } from '../shared/protocol'

export const request = createClient((message) => browser.runtime.sendMessage(message))

/**
 * The article page's controls, in one module so the page makes one request for them: the
 * video with its drill list and "Share from", and the share buttons. Each module defines what
 * it needs before itself, so every element is ready when the next one looks for it.
 */
import "./share-button";
import "./video-player";
import "./drill-list";

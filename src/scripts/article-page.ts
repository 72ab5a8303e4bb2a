/**
 * The article page's controls, in one module so the page makes one request for them: the
 * player with its drill links and "Share from", and the share buttons.
 */
import "./video-player";
import "./share-button";

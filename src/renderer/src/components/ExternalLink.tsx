import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { isWebUrl } from '../../../shared/text/linked-text';
import { getBridge } from '../bridge/get-bridge';

/**
 * A link out of the app. The window never navigates: a click goes to the bridge's openExternal (main opens
 * http(s) pages in the system browser and refuses anything else), and other addresses do nothing.
 */
export function ExternalLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (href && isWebUrl(href)) void getBridge().openExternal({ url: href });
  };
  return (
    <a {...rest} href={href} onClick={open} rel="noreferrer">
      {children}
    </a>
  );
}

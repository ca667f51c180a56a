import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { useMemo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ExternalLink } from '../components/ExternalLink';
import { renderedTree } from './rendered-markdown';
import './rendered-document.css';

// Images in the document are files beside it in the repository (or remote, which the CSP blocks): name them.
const components: Partial<Components> = {
  a: ({ node: _node, ...props }) => <ExternalLink {...props} />,
  img: ({ alt }) => (
    <span className="image-placeholder" role="img" aria-label={alt ?? 'image'}>
      [image: {alt}]
    </span>
  ),
};

interface Props {
  markdown: string;
  frontMatter: Record<string, unknown>;
  label: string;
}

/** The analysis document rendered the way GitHub will show it, front matter as a table on top. */
export function RenderedDocument({ markdown, frontMatter, label }: Props) {
  const body = useMemo(() => toJsxRuntime(renderedTree(markdown), { Fragment, jsx, jsxs, components }), [markdown]);
  return (
    <article className="analysis-rendered" aria-label={label} tabIndex={0}>
      <table className="front-matter">
        <tbody>
          {Object.entries(frontMatter).map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{value === null ? '' : String(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {body}
    </article>
  );
}

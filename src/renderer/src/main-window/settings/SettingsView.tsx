import { settingsSections } from './settings-sections';

/** Every settings section on one page, with a table of contents for quick keyboard jumps. */
export function SettingsView() {
  return (
    <div className="settings">
      <h1 id="settings-title">Settings</h1>
      <nav aria-label="Settings sections" className="settings-toc">
        <ul>
          {settingsSections.map((section) => (
            <li key={section.id}>
              <a href={`#settings-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {settingsSections.map(({ id, title, Component }) => (
        <section key={id} id={`settings-${id}`} className="settings-section" aria-labelledby={`settings-${id}-title`}>
          <h2 id={`settings-${id}-title`}>{title}</h2>
          <Component />
        </section>
      ))}
    </div>
  );
}

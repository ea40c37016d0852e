// Permissions chosen by resource, as GitHub's fine-grained token page groups them: one box of checkboxes
// per resource, with `resource:*` and `*` offered where wildcards are allowed (roles).

import type { Schemas } from '../api.ts';
import { byResource } from '../format.ts';

export function PermissionPicker(props: {
  label: string;
  permissions: Schemas['Permission'][];
  value: string[];
  onChange: (value: string[]) => void;
  /** Offer `*` and `resource:*` (roles); a key's picker names permissions only. */
  wildcards?: boolean;
}) {
  const chosen = new Set(props.value);
  const everything = props.wildcards === true && chosen.has('*');
  const toggle = (name: string, on: boolean) => {
    if (!on) return props.onChange(props.value.filter((entry) => entry !== name));
    // A wildcard replaces the names it covers, so the role reads as it was meant.
    if (name === '*') return props.onChange(['*']);
    const resource = name.endsWith(':*') ? name.slice(0, -1) : undefined;
    const kept = resource ? props.value.filter((entry) => !entry.startsWith(resource)) : props.value;
    props.onChange([...kept, name]);
  };
  return (
    <fieldset className="picker">
      <legend>{props.label}</legend>
      {props.wildcards && (
        <label className="check everything">
          <input
            type="checkbox"
            checked={everything}
            onChange={(event) => toggle('*', event.target.checked)}
          />
          <span>
            Every permission <code>*</code>{' '}
            <span className="muted">(including those added to the catalogue later)</span>
          </span>
        </label>
      )}
      <div className="resources">
        {byResource(props.permissions, (p) => p.name).map(([resource, items]) => {
          const all = `${resource}:*`;
          const wholeResource = everything || (props.wildcards === true && chosen.has(all));
          return (
            <fieldset key={resource} className="resource">
              <legend>{resource}</legend>
              {props.wildcards && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={wholeResource}
                    disabled={everything}
                    onChange={(event) => toggle(all, event.target.checked)}
                  />
                  <span>
                    All of {resource} <code>{all}</code>
                  </span>
                </label>
              )}
              {items.map((permission) => (
                <label key={permission.name} className="check">
                  <input
                    type="checkbox"
                    checked={wholeResource || chosen.has(permission.name)}
                    disabled={wholeResource}
                    onChange={(event) => toggle(permission.name, event.target.checked)}
                  />
                  <span>
                    <code>{permission.name}</code>
                    {permission.description && <span className="muted"> — {permission.description}</span>}
                  </span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}

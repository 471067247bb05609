import { VisuallyHidden } from '@mantine/core';
import classes from './Figures.module.css';

export interface Figure {
  label: string;
  /** null: not known (e.g. no queue to count); shown as "—". */
  value: number | null;
}

/**
 * A row of counts as a description list: each label is the term and its number the description, so a
 * screen reader reads "Waiting, 3". The number is shown above its label.
 */
export function Figures({ figures }: { figures: Figure[] }) {
  return (
    <dl className={classes.list}>
      {figures.map(({ label, value }) => (
        <div key={label} className={classes.figure}>
          <dt className={classes.name}>{label}</dt>
          <dd className={classes.value}>
            {value === null ? (
              <>
                <span aria-hidden="true">—</span>
                <VisuallyHidden>not known</VisuallyHidden>
              </>
            ) : (
              value.toLocaleString('en')
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

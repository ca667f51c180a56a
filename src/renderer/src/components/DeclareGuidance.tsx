import { declareGuidance } from '../../../shared/handbook/declare-guidance';

/** "Should this be an incident?": the team's rule with examples either way. */
export function DeclareGuidance({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="guidance">
      <p>{declareGuidance.rule}</p>
      <div className="guidance-columns">
        <div>
          <Heading className="guidance-title">Declare when</Heading>
          <ul>
            {declareGuidance.declare.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <Heading className="guidance-title">Usually not an incident</Heading>
          <ul>
            {declareGuidance.doNotDeclare.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

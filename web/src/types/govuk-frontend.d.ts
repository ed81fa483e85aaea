// govuk-frontend ships no type declarations; these cover the parts the portal uses.
declare module "govuk-frontend" {
  /** A GOV.UK Frontend JavaScript component bound to one root element. */
  export class Component {
    constructor($root: Element | null);
  }
  export class Button extends Component {}
  export class ErrorSummary extends Component {}
  export class NotificationBanner extends Component {}
  export class ServiceNavigation extends Component {}
  export class SkipLink extends Component {}
  /** True when the page has the `govuk-frontend-supported` class on its body. */
  export function isSupported($scope?: HTMLElement | null): boolean;
}

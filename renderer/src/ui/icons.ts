/**
 * The app's icon set: named imports from lucide-react only (its package is
 * side-effect free), so the bundle carries exactly these SVGs. Add an icon
 * here and import it from this module; never `import *` from lucide-react.
 */
export {
  Check,
  ClipboardCopy,
  Eye,
  EyeOff,
  KeyRound,
  CircleCheck,
  ExternalLink,
  CircleX,
  FlaskConical,
  Info,
  Lightbulb,
  Network,
  Redo2,
  ScrollText,
  Stethoscope,
  TriangleAlert,
  X,
  type LucideIcon,
} from 'lucide-react';
